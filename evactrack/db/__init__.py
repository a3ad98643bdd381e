"""Storage: ORM models, the engine factory and migrations."""
