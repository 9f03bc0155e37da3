// Get node
trees.nodes().getNode(NodesGetNodeRequest.builder()
    .id("daaca365-0d1b-50d4-b10a-5e44b756e911")
    .build());

// {
//   "children": [],
//   "id": "daaca365-0d1b-50d4-b10a-5e44b756e911",
//   "owner": {
//     "name": "My Person"
//   }
// }
