import type { z } from 'zod';
import type { messageSchema } from '../../contract/messages.js';
import type { ThreadMessage } from '../db/repos/messages.js';

/** A stored message as the contract shows it to either side. */
export const messageView = (m: ThreadMessage): z.infer<typeof messageSchema> => ({
  id: m.id,
  from: m.sender,
  author: m.author,
  text: m.body,
  hurt: m.hurt ? { ...m.hurt, exerciseId: m.hurt.exerciseId as never } : null,
  sentAt: m.createdAt.toISOString(),
});
