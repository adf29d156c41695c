import { access } from './access';
import { common } from './common';
import { drive } from './drive';
import { embed } from './embed';
import { share } from './share';
import { shareMany } from './share-many';

export const messages = { ...common, ...share, ...shareMany, ...drive, ...access, ...embed };
