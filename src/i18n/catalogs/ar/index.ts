import { access } from './access';
import { common } from './common';
import { drive } from './drive';
import { embed } from './embed';
import { share } from './share';

export const messages = { ...common, ...share, ...drive, ...access, ...embed };
