# Upload file
import os

import requests

response = requests.post(
    "https://api.example.com/api/files/Folder",
    auth=tuple(os.environ["UPLOADS_BASIC"].split(":", 1)),
    data={"note": "Note"},
    files={"file": open("File", "rb")},
)

# None
