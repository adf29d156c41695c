// The floor's first page: React and the Fluent components alone.
import { renderShareForm } from './share-form';
import { TagPickerField } from './tag-picker-field';

renderShareForm(<TagPickerField />);
