import type { APIRoute } from 'astro';
import { newsFeed } from '../../../collections/news/feed.ts';

export const GET: APIRoute = (context) => newsFeed('vi', context.site!);
