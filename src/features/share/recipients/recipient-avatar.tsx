import { Avatar, type AvatarProps } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useUserPhoto } from './api/get-user-photo';

interface RecipientAvatarProps {
  name: string;
  userId?: string | undefined;
  group?: boolean;
  size?: AvatarProps['size'];
}

/** A photo for directory users who have one, a group icon for groups, initials otherwise. */
export function RecipientAvatar(props: RecipientAvatarProps) {
  // Only a directory user can have a photo: typed addresses and groups (most of a pasted list) do
  // not subscribe to a photo query at all.
  return props.userId !== undefined && !props.group ? <UserAvatar {...props} userId={props.userId} /> : <InitialsAvatar {...props} />;
}

function UserAvatar({ userId, ...props }: RecipientAvatarProps & { userId: string }) {
  const photo = useUserPhoto(userId);
  return <InitialsAvatar {...props} photo={photo.data ?? undefined} />;
}

function InitialsAvatar({ name, group, size, photo }: RecipientAvatarProps & { photo?: string | undefined }) {
  return (
    <Avatar
      aria-hidden
      size={size}
      name={name}
      color="colorful"
      shape={group ? 'square' : 'circular'}
      icon={group ? <PeopleTeamRegular /> : undefined}
      image={photo ? { src: photo, alt: '' } : undefined}
    />
  );
}
