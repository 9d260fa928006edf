/** The five panes in key order (1-5). */
import type {PaneId} from '../nav-state.js';
import {figures} from './figures.js';
import {outlets} from './outlets.js';
import {overview} from './overview.js';
import type {AnyPane} from './pane.js';
import {provisions} from './provisions.js';
import {quotes} from './quotes.js';

export const PANE_DEFINITIONS: Record<PaneId, AnyPane> = {overview, provisions, quotes, figures, outlets};
