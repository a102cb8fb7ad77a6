import type { APIRoute } from 'astro';
import { changesFeed } from '../../../collections/changes/sources.ts';

export const GET: APIRoute = (context) => changesFeed('vi', context.site!);
