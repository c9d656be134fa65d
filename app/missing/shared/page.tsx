// "This shared list is not available", as a static page: proxy.ts serves it, with a 404, for
// /shared/{token} when the token cannot be one (lib/routing/missing-pages.ts).
export { default, metadata } from '@/app/shared/[token]/not-found';
