# Update an ACS User
seam acs users update

# {}
