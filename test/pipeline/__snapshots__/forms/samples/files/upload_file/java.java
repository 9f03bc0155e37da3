// Upload file
HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/api/files/Folder"))
    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(System.getenv("UPLOADS_BASIC").getBytes(StandardCharsets.UTF_8)))
    .header("Content-Type", "multipart/form-data; boundary=sample-boundary-7MA4YWxkTrZu0gW")
    .method("POST", HttpRequest.BodyPublishers.ofByteArrays(List.of(
        "--sample-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nNote\r\n".getBytes(StandardCharsets.UTF_8),
        "--sample-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"file\"; filename=\"File\"\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(Path.of("File")),
        "\r\n".getBytes(StandardCharsets.UTF_8),
        "--sample-boundary-7MA4YWxkTrZu0gW--\r\n".getBytes(StandardCharsets.UTF_8)
    )))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

// void
