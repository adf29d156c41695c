import { Avatar, type AvatarProps } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useUserPhoto } from './api/get-user-photo';

/** A photo for directory users who have one, a group icon for groups, initials otherwise. */
export function RecipientAvatar({ name, userId, group, size }: { name: string; userId?: string | undefined; group?: boolean; size?: AvatarProps['size'] }) {
  const photo = useUserPhoto(group ? undefined : userId);
  return (
    <Avatar
      aria-hidden
      size={size}
      name={name}
      color="colorful"
      shape={group ? 'square' : 'circular'}
      icon={group ? <PeopleTeamRegular /> : undefined}
      image={photo.data ? { src: photo.data, alt: '' } : undefined}
    />
  );
}
