import { defaultMessages, type SessionMessages } from '../components/messages.js';

/** English, the built-in catalog, as an entry point of its own for symmetry with the others. */
export const en: SessionMessages = defaultMessages;
