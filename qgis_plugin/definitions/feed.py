"""Feed (logbook) channels and priorities, as in crisis.feed_channels and crisis.feed_priorities."""

from .labels import codes

CHANNELS = codes("feed_channels")
PRIORITIES = codes("feed_priorities")
