/**
 * One namespace's file, e.g. routes/acs/users.ts: the type aliases of its methods and the class
 * `SeamHttpAcsUsers` holding the methods and the child namespaces.
 */
import { callPath, classMembers, Imports } from './class-members.ts'
import { RUNTIME_FILE, type ClassPlan, type ClientPlan } from './plan.ts'
import type { Declaration } from './source-layout.ts'

export function routeFileDeclarations(plan: ClientPlan, classPlan: ClassPlan, header: string): Declaration[][] {
  const imports = new Imports(classPlan.file)
  imports.add(RUNTIME_FILE, 'HttpClient', true)
  const members = classMembers(plan, classPlan, imports, 'client')
  return [
    [{ kind: 'comment', text: header }],
    imports.declarations(),
    ...members.typeAliasGroups,
    [
      {
        kind: 'class',
        name: classPlan.className,
        docs: `Methods of \`${callPath(plan.model, classPlan)}\`.`,
        properties: members.properties,
        ctor: { parameters: [{ name: 'client', type: 'HttpClient' }], statements: members.constructorStatements },
        methods: members.methods,
      },
    ],
  ]
}
