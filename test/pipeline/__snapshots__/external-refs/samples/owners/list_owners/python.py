# List owners
external.owners.list_owners()

# [Owner(name="My Owner", pet={"nickname": "My Pet"})]
