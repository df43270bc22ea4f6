import { z } from 'zod';
import { textField } from '../web/input.ts';

/** `GET /share/mastodon?instance=…&text=…&url=…`: as typed; shareRoutes checks each part. */
export const mastodonShareQuery = z.object({ instance: textField, text: textField, url: textField });

export const shareLimits = { text: 1000, url: 2000, instance: 300 } as const;
