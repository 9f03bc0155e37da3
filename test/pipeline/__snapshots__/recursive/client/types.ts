/* Generated from the Trees OpenAPI spec (version 1): do not edit by hand. */

export interface paths {
    "/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get node */
        get: operations["nodes.get_node"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Loop: Record<string, unknown>;
        Node: {
            children?: components["schemas"]["Node"][];
            id: string;
            owner?: components["schemas"]["Person"];
        };
        Person: {
            favorite?: components["schemas"]["Node"];
            loop?: components["schemas"]["Loop"];
            name?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "nodes.get_node": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Node"];
                };
            };
        };
    };
}

export type Loop = components["schemas"]["Loop"];
export type Node = components["schemas"]["Node"];
export type Person = components["schemas"]["Person"];
