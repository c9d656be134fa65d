// "We don't have a page for that concern", as a static page: proxy.ts serves it, with a 404, for
// /concerns/{slug} when there is no such concern (lib/routing/missing-pages.ts).
export { default, metadata } from '@/app/concerns/[concern]/not-found';
