import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX as contractMax } from '../../../contract/messages.js';
import { MESSAGE_MAX } from './messages-api.js';

describe('message length in the browser', () => {
  it('is the limit the server enforces, so the counter never promises more than it accepts', () => {
    expect(MESSAGE_MAX).toBe(contractMax);
  });
});
