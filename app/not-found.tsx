import { PAGE_NOT_FOUND_METADATA, PageNotFound } from '@/components/ui/page-not-found';

export const metadata = PAGE_NOT_FOUND_METADATA;

export default PageNotFound;
