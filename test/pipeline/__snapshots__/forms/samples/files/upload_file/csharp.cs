// Upload file
var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/api/files/Folder");
request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("UPLOADS_BASIC"))));
var form = new MultipartFormDataContent();
form.Add(new StringContent("Note"), "note");
form.Add(new ByteArrayContent(File.ReadAllBytes("File")), "file", "File");
request.Content = form;
var response = await client.SendAsync(request);

// void
