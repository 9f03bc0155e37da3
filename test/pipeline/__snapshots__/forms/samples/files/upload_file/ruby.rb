# Upload file
require "net/http"

uri = URI("https://api.example.com/api/files/Folder")
request = Net::HTTP::Post.new(uri)
request.basic_auth(*ENV.fetch("UPLOADS_BASIC").split(":", 2))
form = [["note", "Note"], ["file", File.open("File")]]
request.set_form(form, "multipart/form-data")
http = Net::HTTP.new(uri.hostname, uri.port)
http.use_ssl = uri.scheme == "https"
response = http.request(request)

# => nil
