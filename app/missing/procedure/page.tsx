// "We don't have that procedure", as a static page: proxy.ts serves it, with a 404, for
// /procedures/{slug} when there is no such procedure (lib/routing/missing-pages.ts).
export { default, metadata } from '@/app/procedures/[slug]/not-found';
