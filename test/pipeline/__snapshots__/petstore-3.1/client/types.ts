/* Generated from the Pet Store OpenAPI spec (version 2.0.0): do not edit by hand. */

export interface paths {
    "/pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pets */
        get: operations["pets.list_pets"];
        put?: never;
        /** Create a pet */
        post: operations["pets.create_pet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pets/{petId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get pet */
        get: operations["pets.get_pet"];
        put?: never;
        post?: never;
        /**
         * Delete pet
         * @deprecated
         */
        delete: operations["pets.delete_pet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NewPet: {
            /** @enum {string} */
            kind: "dog";
            name: string;
            tag?: string | null;
        };
        Pet: {
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            kind: "dog";
            name: string;
            tag?: string | null;
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
    "pets.list_pets": {
        parameters: {
            query?: {
                limit?: number;
                species?: ("cat" | "dog")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        next_cursor?: string | null;
                        pets: components["schemas"]["Pet"][];
                    };
                };
            };
        };
    };
    "pets.create_pet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPet"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet"];
                };
            };
        };
    };
    "pets.get_pet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                petId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet"];
                };
            };
        };
    };
    "pets.delete_pet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                petId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

export type NewPet = components["schemas"]["NewPet"];
export type Pet = components["schemas"]["Pet"];
