/**
 * The client's TypeScript files (index.ts and the route files), printed in their final style
 * without running a formatter.
 *
 * The style is prettier's with CLIENT_PRETTIER_OPTIONS (format.ts). Running prettier over the
 * printed files was the slowest part of a run (a parser and a full printer over every file, about
 * 20 ms per route file here, 15 s of 46 at 5,000 operations), so this module builds, for the few
 * constructs the client uses, the layout document prettier's own TypeScript printer builds for
 * them, and prints it with prettier's document printer (the cheap part, the one that decides the
 * line breaks). The comments name the prettier function each builder follows
 * (src/language-js/print/*.js in prettier 3). A test formats the emitted files of many specs
 * with prettier and requires them unchanged, so a construct printed differently fails there.
 *
 * The structures below describe code the way the emitters think of it (a class with methods, a
 * call with arguments); type expressions stay text in the grammar signature.ts writes and are
 * read by `parseType`.
 */
import { builders, printer, type builders as DocTypes } from 'prettier/doc'
import { CLIENT_PRETTIER_OPTIONS } from './format.ts'

type Doc = DocTypes.Doc

const { align, conditionalGroup, group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, literalline, markAsRoot, softline } =
  builders

// ---------------------------------------------------------------------------------------------
// Structures
// ---------------------------------------------------------------------------------------------

/** A value expression. Strings, keys and identifiers are plain values: quoting happens here. */
export type Expression =
  | { kind: 'string'; value: string }
  /** An identifier, a member access (`options.baseUrl`) or a keyword literal (`null`, `false`). */
  | { kind: 'name'; text: string }
  | { kind: 'object'; properties: ObjectProperty[] }
  | { kind: 'array'; items: Expression[] }
  /** `value as const` */
  | { kind: 'asConst'; value: Expression }
  /** `left operator right`, e.g. `options.baseUrl ?? '…'`, `options.apiKey !== undefined`. */
  | { kind: 'binary'; left: Expression; operator: string; right: Expression }
  /** `callee<typeArguments>(arguments)`; `new` with `isNew`. The callee is a dotted name. */
  | { kind: 'call'; callee: string; typeArguments?: string[]; arguments: Expression[]; isNew?: boolean }

export type ObjectProperty =
  | { kind: 'property'; key: string; value: Expression }
  /** `{ params }` */
  | { kind: 'shorthand'; name: string }
  /** `{ ...options }` */
  | { kind: 'spread'; value: Expression }

export type Statement =
  | { kind: 'return'; value: Expression }
  | { kind: 'expression'; value: Expression }
  /** `target = value` */
  | { kind: 'assign'; target: string; value: Expression }
  | { kind: 'const'; name: string; type?: string; value: Expression }
  | { kind: 'if'; condition: Expression; then: Statement[] }

export interface Parameter {
  name: string
  type: string
  optional?: boolean
  initializer?: Expression
}

export interface Method {
  name: string
  docs?: string
  parameters: Parameter[]
  returnType?: string
  statements: Statement[]
}

export interface ClassProperty {
  name: string
  type: string
  docs?: string
}

export interface PropertySignature {
  name: string
  type: string
  optional?: boolean
  docs?: string
}

export type Declaration =
  /** The file's header comment, as written. */
  | { kind: 'comment'; text: string }
  | { kind: 'import'; module: string; typeOnly: boolean; names: { name: string; typeOnly: boolean }[] }
  | { kind: 'typeAlias'; name: string; type: string; docs?: string }
  | { kind: 'interface'; name: string; extends: string[]; docs?: string; properties: PropertySignature[] }
  | {
      kind: 'class'
      name: string
      docs?: string
      /** Readonly properties (`readonly users: SeamHttpAcsUsers`). */
      properties: ClassProperty[]
      ctor: { parameters: Parameter[]; statements: Statement[] }
      methods: Method[]
    }
  | { kind: 'function'; name: string; parameters: Parameter[]; returnType: string; statements: Statement[] }
  /** `export { a, b as c } from '…'` (names as written: `ApiError as SeamHttpApiError`). */
  | { kind: 'exportFrom'; module: string; typeOnly: boolean; names: string[] }
  /** `export * from '…'` */
  | { kind: 'exportAll'; module: string; typeOnly: boolean }

/**
 * Every declaration but the imports, the comment and the re-exports is exported. A group is
 * printed with a blank line before it, its members on consecutive lines (type aliases of one
 * method, the imports).
 */
export function printSourceFile(groups: Declaration[][]): string {
  const statements: Doc[] = []
  for (const declarations of groups.filter((group) => group.length > 0)) {
    if (statements.length > 0) statements.push(hardline)
    declarations.forEach((declaration, index) => {
      // A class or a function after a sibling gets its blank line too (as ts-morph printed them).
      if (index > 0 && (isBlockDeclaration(declarations[index - 1]) || isBlockDeclaration(declaration))) statements.push(hardline)
      statements.push(declarationDoc(declaration), hardline)
    })
  }
  return printer.printDocToString(statements, {
    printWidth: CLIENT_PRETTIER_OPTIONS.printWidth!,
    tabWidth: 2,
    useTabs: false,
  }).formatted
}

const isBlockDeclaration = (declaration: Declaration) => ['class', 'interface', 'function'].includes(declaration.kind)

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

function declarationDoc(declaration: Declaration): Doc {
  switch (declaration.kind) {
    case 'comment':
      return declaration.text
    case 'import':
      return ['import', declaration.typeOnly ? ' type' : '', ' ', specifiers(declaration.names.map(({ name, typeOnly }) => (typeOnly ? `type ${name}` : name))), ' from ', stringDoc(declaration.module)]
    case 'exportFrom':
      return ['export', declaration.typeOnly ? ' type' : '', ' ', specifiers(declaration.names), ' from ', stringDoc(declaration.module)]
    case 'exportAll':
      return ['export', declaration.typeOnly ? ' type' : '', ' * from ', stringDoc(declaration.module)]
    case 'typeAlias':
      return [docsComment(declaration.docs), 'export ', typeAliasDoc(declaration.name, declaration.type)]
    case 'interface':
      return [
        docsComment(declaration.docs),
        `export interface ${declaration.name}`,
        declaration.extends.length ? ` extends ${declaration.extends.join(', ')}` : '',
        ' ',
        classBody(declaration.properties.map(propertySignatureDoc)),
      ]
    case 'class':
      return [docsComment(declaration.docs), `export class ${declaration.name} `, classBody(classMembers(declaration))]
    case 'function':
      return ['function ', declaration.name, functionSignature(declaration.parameters, declaration.returnType), ' ', block(declaration.statements)]
  }
}

/** printModuleSpecifiers: one name stays on the line whatever its length; more break as a group. */
function specifiers(names: string[]): Doc {
  if (names.length === 1) return ['{ ', names[0], ' }']
  return group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}'])
}

/** printAssignment's "fluid" layout, the one chooseLayout picks for these type aliases. */
function typeAliasDoc(name: string, type: string): Doc {
  const parsed = parseType(type)
  // A union breaks after the `=` first ("break-after-operator").
  if (parsed.kind === 'union') return group([group(`type ${name}`), ' =', group(indent([line, typeDoc(parsed, 'alias')]))])
  const groupId = Symbol('assignment')
  return group([group(`type ${name}`), ' =', group(indent(line), { id: groupId }), lineSuffixBoundary, indentIfBreak(typeDoc(parsed), { groupId })])
}

function classMembers(declaration: Extract<Declaration, { kind: 'class' }>): Doc[] {
  const members: Doc[] = declaration.properties.map(({ name, type, docs }) => [docsComment(docs), 'readonly ', name, ': ', typeDoc(parseType(type))])
  // A blank line between the properties and the constructor and between methods (ts-morph's
  // separators, which prettier keeps).
  const separated: Doc[] = [
    ['constructor', functionSignature(declaration.ctor.parameters), ' ', block(declaration.ctor.statements)],
    ...declaration.methods.map((method) => [docsComment(method.docs), method.name, functionSignature(method.parameters, method.returnType), ' ', block(method.statements)]),
  ]
  return [...members, ...separated.map((member, index) => (index === 0 && members.length === 0 ? member : [hardline, member]))]
}

/** printClassBody: members one per line; an empty body is `{}`. */
function classBody(members: Doc[]): Doc {
  if (members.length === 0) return '{}'
  return ['{', indent([hardline, join(hardline, members)]), hardline, '}']
}

function propertySignatureDoc({ name, type, optional, docs }: PropertySignature): Doc {
  return [docsComment(docs), name, optional ? '?' : '', ': ', typeDoc(parseType(type))]
}

/** printMethodValue: the parameters and the return type in one group (printFunctionParameters). */
function functionSignature(parameters: Parameter[], returnType?: string): Doc {
  const printed = parameters.map(parameterDoc)
  const parametersDoc: Doc =
    printed.length === 0 ? '()' : ['(', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ')']
  return group([parametersDoc, returnType === undefined ? '' : [': ', typeDoc(parseType(returnType))]])
}

function parameterDoc({ name, type, optional, initializer }: Parameter): Doc {
  const typed: Doc = [name, optional ? '?' : '', ': ', typeDoc(parseType(type), 'annotation')]
  return initializer ? [typed, ' = ', expressionDoc(initializer)] : typed
}

/**
 * ts-morph's JSDoc layout, as prettier reprints it: `/** text *\/` for one line, else one ` * `
 * line each, their ends trimmed except a Markdown line break (two trailing spaces), which
 * prettier keeps (printIndentableBlockComment).
 */
function docsComment(text: string | undefined): Doc {
  if (text === undefined) return ''
  const lines = text.split(/\r?\n/)
  if (lines.length === 1) return [`/** ${lines[0]} */`, hardline]
  const inner = lines.map((line): Doc => {
    const written = line ? ` * ${line}` : ' *'
    const trimmed = written.trimEnd()
    return trimmed !== ' *' && written.endsWith('  ') ? [trimmed, '  ', markAsRoot(literalline)] : [trimmed, hardline]
  })
  return ['/**', hardline, inner, ' */', hardline]
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/**
 * printBlock and the statement sequence. ts-morph put a blank line after a statement ending in a
 * block (`if (…) { … }`) when another followed; prettier keeps it.
 */
function block(statements: Statement[]): Doc {
  if (statements.length === 0) return '{}'
  const body = statements.map((statement, index) => (index > 0 && statements[index - 1].kind === 'if' ? [hardline, statementDoc(statement)] : statementDoc(statement)))
  return ['{', indent([hardline, join(hardline, body)]), hardline, '}']
}

function statementDoc(statement: Statement): Doc {
  switch (statement.kind) {
    case 'return':
      return ['return ', expressionDoc(statement.value)]
    case 'expression':
      return expressionDoc(statement.value)
    case 'assign':
      return assignment(statement.target, ' =', statement.value)
    case 'const': {
      const left = statement.type === undefined ? statement.name : [statement.name, ': ', typeDoc(parseType(statement.type))]
      return group(['const ', assignment(left, ' =', statement.value)])
    }
    case 'if': {
      // printIfStatement; a binary test inside the parentheses is not grouped again (printBinaryishExpression).
      const test = statement.condition.kind === 'binary' ? binaryParts(statement.condition) : expressionDoc(statement.condition)
      return group(['if (', group([indent([softline, test]), softline]), ')', ' ', block(statement.then)])
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

function expressionDoc(expression: Expression): Doc {
  switch (expression.kind) {
    case 'string':
      return stringDoc(expression.value)
    case 'name':
      return nameDoc(expression.text)
    case 'asConst':
      return [expressionDoc(expression.value), ' as const']
    case 'binary':
      return group(binaryParts(expression))
    case 'array': {
      // printArray (no holes, no comments, no numbers: those fill lines instead). Several objects
      // (or arrays) of more than one entry each always go one per line.
      const { items } = expression
      if (items.length === 0) return '[]'
      const entries = (item: Expression) => (item.kind === 'object' ? item.properties.length : item.kind === 'array' ? item.items.length : 0)
      const shouldBreak = items.length > 1 && items.every((item) => item.kind === items[0].kind && entries(item) > 1)
      return group(['[', indent([softline, join([',', line], items.map(expressionDoc))]), ifBreak(','), softline, ']'], { shouldBreak })
    }
    case 'object':
      return objectDoc(expression)
    case 'call':
      return callDoc(expression)
  }
}

/**
 * printMemberExpression: `a.b` stays whole; in a longer chain of names (`options.basic.username`)
 * each further `.name` may move to the next line.
 */
function nameDoc(text: string): Doc {
  const [first, ...members] = text.split('.')
  if (members.length <= 1) return text
  return [first, ...members.map((member) => group(indent([softline, `.${member}`])))]
}

/** printBinaryishExpressions for one operator: `left op` then the right side, which may move to the next line. */
function binaryParts({ left, operator, right }: Extract<Expression, { kind: 'binary' }>): Doc {
  return [expressionDoc(left), ' ', group([operator, line, expressionDoc(right)])]
}

/** printObject: on one line if it fits, else one property per line with a trailing comma. */
function objectDoc({ properties }: Extract<Expression, { kind: 'object' }>): Doc {
  if (properties.length === 0) return '{}'
  const printed = properties.map((property): Doc => {
    switch (property.kind) {
      case 'shorthand':
        return property.name
      case 'spread':
        return ['...', expressionDoc(property.value)]
      case 'property':
        return assignment(keyDoc(property.key), ':', property.value)
    }
  })
  return group(['{', indent([line, join([',', line], printed)]), ifBreak(','), line, '}'])
}

/**
 * printCallExpression. A callee with a dot is a member chain of one call, which prettier prints
 * on one line (printMemberChain's short case); a lone object argument hugs the parentheses
 * (printCallArguments' last-argument expansion); other arguments break out one per line.
 */
function callDoc({ callee, typeArguments, arguments: args, isNew }: Extract<Expression, { kind: 'call' }>): Doc {
  const typeArgumentsDoc = typeArguments ? typeArgumentsList(typeArguments.map((type) => parseType(type))) : ''
  const printedArguments = args.map(expressionDoc)
  const head = [isNew ? 'new ' : '', callee, typeArgumentsDoc]
  let argumentsDoc: Doc
  if (args.length === 0) argumentsDoc = '()'
  else {
    const allBrokenOut = group(['(', indent([line, join([',', line], printedArguments)]), ifBreak(','), line, ')'], { shouldBreak: true })
    const last = args[args.length - 1]
    const previous = args[args.length - 2]
    const expandsLast = (last.kind === 'object' && last.properties.length > 0) || (last.kind === 'array' && last.items.length > 0)
    if (expandsLast && previous?.kind !== last.kind) {
      const head = printedArguments.slice(0, -1).map((doc) => [doc, ',', line])
      const lastDoc = printedArguments[printedArguments.length - 1]
      argumentsDoc = conditionalGroup([
        ['(', ...head, lastDoc, ')'],
        ['(', ...head, group(lastDoc, { shouldBreak: true }), ')'],
        allBrokenOut,
      ])
    } else {
      argumentsDoc = group(['(', indent([softline, join([',', line], printedArguments)]), ifBreak(','), softline, ')'])
    }
  }
  if (isNew) return [head, argumentsDoc]
  return callee.includes('.') ? group([head, argumentsDoc]) : [head, argumentsDoc]
}

/**
 * printAssignment with chooseLayout's decision for the right sides the client has: a binary
 * expression breaks after the operator; so do a string and a chain that cannot break well
 * (`a.b`, `f(x)` with a short argument), unless the key is short (under 5 columns); after a
 * short key or before a boolean the line never breaks; anything else is "fluid".
 */
function assignment(left: Doc, operator: string, right: Expression): Doc {
  const rightDoc = expressionDoc(right)
  const hasShortKey = operator === ':' && typeof left === 'string' && left.length < 5
  const isBoolean = right.kind === 'name' && (right.text === 'true' || right.text === 'false')
  if (right.kind === 'binary' || (!hasShortKey && breaksAfterOperator(right))) return group([group(left), operator, group(indent([line, rightDoc]))])
  if (hasShortKey || isBoolean) return group([group(left), operator, ' ', rightDoc])
  const groupId = Symbol('assignment')
  return group([group(left), operator, group(indent(line), { id: groupId }), lineSuffixBoundary, indentIfBreak(rightDoc, { groupId })])
}

/** shouldBreakAfterOperator: a string, or a chain that cannot break well (`a.b`, `f(x)` with a short argument). */
function breaksAfterOperator(right: Expression): boolean {
  if (right.kind === 'string') return true
  if (right.kind === 'name') return right.text.includes('.')
  if (right.kind === 'call' && !right.isNew && !right.callee.includes('.') && right.typeArguments === undefined) {
    return right.arguments.length === 0 || (right.arguments.length === 1 && isLoneShortArgument(right.arguments[0]))
  }
  return false
}

/** isLoneShortArgument for the arguments the client passes: a short name. */
const isLoneShortArgument = (argument: Expression): boolean =>
  argument.kind === 'name' && !argument.text.includes('.') && argument.text.length <= CLIENT_PRETTIER_OPTIONS.printWidth! * 0.25

/**
 * printPropertyKey with quoteProps "as-needed": a key that is an ES5 identifier name goes
 * unquoted, `__proto__` is computed, any other is a string.
 */
function keyDoc(key: string): string {
  if (key === '__proto__') return `[${stringText(key)}]`
  return isEs5IdentifierName(key) ? key : stringText(key)
}

/** ES5's IdentifierName: the Unicode letters (and `$`, `_`) and, after the first, marks, digits and connectors. */
const isEs5IdentifierName = (name: string): boolean => /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}$_\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]*$/u.test(name)

const stringDoc = (value: string): Doc => stringText(value)

/**
 * A string literal as prettier prints JSON.stringify's text (printString with singleQuote):
 * single quotes unless the value holds more single than double quotes, only the enclosing quote
 * escaped.
 */
export function stringText(value: string): string {
  const count = (quote: string) => value.split(quote).length - 1
  const quote = count("'") > count('"') ? '"' : "'"
  const raw = JSON.stringify(value).slice(1, -1)
  // makeString: drop the escape of the other quote, escape the enclosing one.
  const content = raw.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped === (quote === '"' ? "'" : '"')) return escaped
    if (bare === quote) return `\\${bare}`
    if (bare) return bare
    return match
  })
  return quote + content + quote
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A type expression of the grammar the client writes: names with type arguments (`Promise<T>`),
 * indexed access (`T['key']`, `T[number]`), arrays (`T[]`), `&` and `|`, string literals, and
 * object type literals (`{ username: string; password: string }`).
 */
export type TypeNode =
  | { kind: 'reference'; name: string; typeArguments?: TypeNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'indexed'; object: TypeNode; index: TypeNode }
  | { kind: 'array'; element: TypeNode }
  | { kind: 'intersection'; types: TypeNode[] }
  | { kind: 'union'; types: TypeNode[] }
  | { kind: 'literal'; members: { name: string; optional: boolean; type: TypeNode }[] }

/** Where a type is printed: a type alias's right side, a parameter's annotation, or elsewhere. */
type TypePosition = 'alias' | 'annotation' | 'other'

const KEYWORDS = new Set(['string', 'number', 'boolean', 'void', 'unknown', 'undefined', 'null', 'never', 'any', 'object'])

function typeDoc(type: TypeNode, position: TypePosition = 'other'): Doc {
  switch (type.kind) {
    case 'reference':
      return type.typeArguments ? [type.name, typeArgumentsList(type.typeArguments)] : type.name
    case 'string':
      return stringText(type.value)
    case 'indexed':
      return [typeDoc(type.object), '[', typeDoc(type.index), ']']
    case 'array':
      return [typeDoc(type.element), '[]']
    case 'intersection':
      // printIntersectionType without object types: each further part may move to its own line.
      return group(type.types.map((part, index) => (index === 0 ? typeDoc(part) : indent([' &', line, typeDoc(part)]))))
    case 'union': {
      // printUnionType: `A | B` on one line, else one `| A` line each, indented except on a type alias.
      const printed = group(type.types.map((part, index) => [index === 0 ? ifBreak('| ') : [line, '| '], align(2, typeDoc(part))]))
      return position === 'alias' ? printed : group(indent([softline, printed]))
    }
    case 'literal': {
      // A type literal's members are separated by `;` on one line and by line breaks otherwise.
      const members = type.members.map(({ name, optional, type: memberType }, index) => [
        name,
        optional ? '?' : '',
        ': ',
        typeDoc(memberType),
        index < type.members.length - 1 ? ifBreak('', ';') : '',
      ])
      return group(['{', indent([line, join(line, members)]), line, '}'])
    }
  }
}

/**
 * printTypeParameters for type arguments: a lone simple argument (a keyword, a name without
 * arguments, an object type) stays inside the brackets; anything else may break out.
 */
function typeArgumentsList(typeArguments: TypeNode[]): Doc {
  const [only] = typeArguments
  const isSimple = (type: TypeNode) => (type.kind === 'reference' && !type.typeArguments) || type.kind === 'literal'
  if (typeArguments.length === 1 && isSimple(only)) return ['<', typeDoc(only), '>']
  return group(['<', indent([softline, join([',', line], typeArguments.map((type) => typeDoc(type)))]), softline, '>'])
}

/** Reads a type expression of the grammar above; anything else is an emitter's bug. */
export function parseType(text: string): TypeNode {
  let position = 0
  const fail = (expected: string): never => {
    throw new Error(`parseType: expected ${expected} at ${position} in ${JSON.stringify(text)}`)
  }
  const skipSpaces = () => {
    while (text[position] === ' ') position++
  }
  const accept = (token: string): boolean => {
    skipSpaces()
    if (!text.startsWith(token, position)) return false
    position += token.length
    return true
  }
  const expect = (token: string) => accept(token) || fail(`"${token}"`)
  const name = (): string => {
    skipSpaces()
    const match = /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}$_\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]*/u.exec(text.slice(position))
    if (!match) return fail('a name')
    position += match[0].length
    return match[0]
  }
  const stringLiteral = (): string => {
    skipSpaces()
    const quote = text[position]
    let end = position + 1
    while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1
    if (end >= text.length) fail('the end of a string')
    const body = text.slice(position + 1, end)
    position = end + 1
    // Double-quoted ones are JSON.stringify's; single-quoted ones are written without escapes.
    return quote === '"' ? (JSON.parse(`"${body}"`) as string) : body
  }
  const union = (): TypeNode => {
    const types = [intersection()]
    while (accept('|')) types.push(intersection())
    return types.length === 1 ? types[0] : { kind: 'union', types }
  }
  const intersection = (): TypeNode => {
    const types = [postfix()]
    while (accept('&')) types.push(postfix())
    return types.length === 1 ? types[0] : { kind: 'intersection', types }
  }
  const postfix = (): TypeNode => {
    let type = primary()
    for (;;) {
      if (accept('[]')) type = { kind: 'array', element: type }
      else if (accept('[')) {
        skipSpaces()
        const index: TypeNode = text[position] === '"' || text[position] === "'" ? { kind: 'string', value: stringLiteral() } : { kind: 'reference', name: name() }
        expect(']')
        type = { kind: 'indexed', object: type, index }
      } else return type
    }
  }
  const primary = (): TypeNode => {
    skipSpaces()
    if (text[position] === '"' || text[position] === "'") return { kind: 'string', value: stringLiteral() }
    if (accept('{')) {
      const members: { name: string; optional: boolean; type: TypeNode }[] = []
      while (!accept('}')) {
        const memberName = name()
        const optional = accept('?')
        expect(':')
        members.push({ name: memberName, optional, type: union() })
        accept(';')
      }
      return { kind: 'literal', members }
    }
    const referenceName = name()
    if (KEYWORDS.has(referenceName) || !accept('<')) return { kind: 'reference', name: referenceName }
    const typeArguments = [union()]
    while (accept(',')) typeArguments.push(union())
    expect('>')
    return { kind: 'reference', name: referenceName, typeArguments }
  }
  const type = union()
  skipSpaces()
  if (position !== text.length) fail('the end')
  return type
}
