# Unsuspend an ACS User
seam.acs.users.unsuspend

# => nil
