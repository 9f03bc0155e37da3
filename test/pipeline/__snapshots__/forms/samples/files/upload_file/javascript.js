// Upload file
const url = "https://api.example.com/api/files/Folder";
const { openAsBlob } = await import("node:fs");
const body = new FormData();
body.append("note", "Note");
body.append("file", await openAsBlob("File"), "File");
const response = await fetch(url, {
  method: "POST",
  headers: { Authorization: `Basic ${btoa(process.env.UPLOADS_BASIC)}` },
  body,
});

// void
