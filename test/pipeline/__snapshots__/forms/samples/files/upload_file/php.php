// Upload file
$curl = curl_init("https://api.example.com/api/files/Folder");
curl_setopt_array($curl, [
    CURLOPT_CUSTOMREQUEST => "POST",
    CURLOPT_USERPWD => getenv("UPLOADS_BASIC"),
    CURLOPT_POSTFIELDS => ["note" => "Note", "file" => new CURLFile("File")],
    CURLOPT_RETURNTRANSFER => true,
]);
$response = curl_exec($curl);

// null
