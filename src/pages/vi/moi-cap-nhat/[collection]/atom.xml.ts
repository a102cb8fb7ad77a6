import type { APIRoute } from 'astro';
import { changesFeed } from '../../../../collections/changes/sources.ts';
import { changeCollectionPaths } from '../../../../collections/changes/paths.ts';
import type { ChangeCollection } from '../../../../i18n/routes.ts';

export const getStaticPaths = () => changeCollectionPaths('vi');
export const GET: APIRoute = (context) => changesFeed('vi', context.site!, context.props.collection as ChangeCollection);
