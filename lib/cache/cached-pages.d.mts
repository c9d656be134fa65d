export const CATALOG_REVALIDATE_SECONDS: number;
export const GUIDE_ROUTE: string;
export function isCachedCatalogPage(pathname: string): boolean;
export function isInternalCatalogRoute(pathname: string): boolean;
