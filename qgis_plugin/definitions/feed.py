"""Feed (logbook) channels and priorities."""

CHANNELS = ("multidisciplinary", "D1", "D2", "D3", "D4", "D5", "coordination")
CHANNEL_LABELS = {
    "multidisciplinary": "Multidisciplinary",
    "D1": "D1 rescue",
    "D2": "D2 medical",
    "D3": "D3 police",
    "D4": "D4 logistics",
    "D5": "D5 information",
    "coordination": "Coordination cell",
}
PRIORITIES = ("info", "important", "urgent")
PRIORITY_LABELS = {"info": "Info", "important": "Important", "urgent": "Urgent"}
