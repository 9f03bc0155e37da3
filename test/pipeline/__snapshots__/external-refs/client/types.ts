/* Generated from the External OpenAPI spec (version 1): do not edit by hand. */

export interface paths {
    "/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List owners */
        get: operations["owners.list_owners"];
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
        Pet: {
            nickname?: string;
        };
        owner: {
            name: string;
            pet?: components["schemas"]["Pet"];
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
    "owners.list_owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["owner"][];
                };
            };
        };
    };
}

export type Pet = components["schemas"]["Pet"];
export type Owner = components["schemas"]["owner"];
