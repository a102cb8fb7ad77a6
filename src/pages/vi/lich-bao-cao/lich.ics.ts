import type { APIRoute } from 'astro';
import { calendarFeed } from '../../../collections/events/calendarFeed.ts';

export const GET: APIRoute = (context) => calendarFeed('vi', context.site!);
