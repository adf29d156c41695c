// The floor's third page: a first stage a deep link could show while the rest loads. A plain Input
// in place of the TagPicker, with what every view runs on (with-libraries.tsx); MSAL is not in it,
// as it would load beside this stage (the field takes typing before any token is needed).
import { InputField } from './input-field';
import { renderShareForm } from './share-form';
import { withLibraries } from './with-libraries';

renderShareForm(<InputField />, withLibraries);
