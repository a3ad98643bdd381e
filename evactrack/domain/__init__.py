"""Pure rules of the evacuation domain: no Qt, no SQLAlchemy."""
