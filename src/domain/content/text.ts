import type { Localized } from '../i18n.js';

/** A content text in every language (validated by textSchema in types.ts). */
export type Text = Localized;

/** Content files write their texts with the one constructor of the language module. */
export { t } from '../i18n.js';
