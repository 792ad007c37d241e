// The PostgreSQL extensions the schema uses (migration 20261205190000_search_index), loaded into every
// embedded database this project opens: the launcher's, its shadow, and the backup and restore tools'.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };
