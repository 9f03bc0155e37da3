# Upload file
uploads files upload-file --folder "Folder" --file "File" --note "Note"

# {}
