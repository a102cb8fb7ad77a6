import type { APIRoute } from 'astro';
import { newsFeed } from '../../../lib/newsFeed.ts';

export const GET: APIRoute = (context) => newsFeed('en', context.site!);
