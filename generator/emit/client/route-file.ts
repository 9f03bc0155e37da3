/**
 * One namespace's file, e.g. routes/acs/users.ts: the type aliases of its methods and the class
 * `SeamHttpAcsUsers` holding the methods and the child namespaces.
 */
import { StructureKind, type SourceFileStructure } from 'ts-morph'
import { docComment, type SafeComment } from '../comment.ts'
import { blankLineBetween, callPath, classMembers, Imports } from './class-members.ts'
import { docs } from './jsdoc.ts'
import { RUNTIME_FILE, type ClassPlan, type ClientPlan } from './plan.ts'

export function routeFileStructure(plan: ClientPlan, classPlan: ClassPlan, header: SafeComment): SourceFileStructure {
  const imports = new Imports(classPlan.file)
  imports.add(RUNTIME_FILE, 'HttpClient', true)
  const members = classMembers(plan, classPlan, imports, 'client')
  return {
    kind: StructureKind.SourceFile,
    statements: blankLineBetween([
      [header],
      imports.structures(),
      ...members.typeAliasGroups,
      [{
        kind: StructureKind.Class,
        name: classPlan.className,
        isExported: true,
        docs: docs(docComment([`Methods of \`${callPath(plan.model, classPlan)}\`.`])),
        properties: members.properties,
        ctors: [{ parameters: [{ name: 'client', type: 'HttpClient' }], statements: members.constructorStatements }],
        methods: members.methods,
      }],
    ]),
  }
}
