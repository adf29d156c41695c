// One theme per chunk: a page downloads the tokens of the theme it shows, not all three.
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
