"""Use cases over the case database: no Qt here. Each public function takes a
:class:`~evactrack.services.context.Context` (the database and who acts), runs one
transaction, writes its audit events and returns plain data."""
