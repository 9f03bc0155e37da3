// Upload file
var body bytes.Buffer
form := multipart.NewWriter(&body)
form.WriteField("note", "Note")
part, _ := form.CreateFormFile("file", "File")
content, _ := os.ReadFile("File")
part.Write(content)
form.Close()
req, err := http.NewRequest("POST", "https://api.example.com/api/files/Folder", &body)
req.Header.Set("Content-Type", form.FormDataContentType())
req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(os.Getenv("UPLOADS_BASIC"))))
resp, err := http.DefaultClient.Do(req)

// nil
