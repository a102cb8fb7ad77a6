import type { APIRoute } from 'astro';
import { calendarFeed } from '../../../lib/calendarFeed.ts';

export const GET: APIRoute = (context) => calendarFeed('vi', context.site!);
