import { startOutboxSync } from './outbox.js';

// Imported once by the app so results recorded offline are sent on start and on reconnect,
// whichever page the person opens first.
startOutboxSync();
