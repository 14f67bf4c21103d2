import type { z } from 'zod';
import type { reminderSettingsAnswer, reminderSettingsBody } from '../../../contract/reminders.js';
import { api } from '../../api.js';

export type ReminderSettings = z.infer<typeof reminderSettingsAnswer>;
export type ReminderChoice = z.infer<typeof reminderSettingsBody>;

export const loadReminders = () => api<typeof reminderSettingsAnswer>('/api/me/reminders');

export const saveReminders = (body: ReminderChoice) =>
  api<typeof reminderSettingsAnswer, typeof reminderSettingsBody>('/api/me/reminders', {
    method: 'PUT',
    body,
  });
