"""The reviewers' web desk (``/review``): people's accounts and sessions, the queue, the case page, decisions
through the case desk's own service functions, sampling for honest evaluation, the dashboard and the export."""
