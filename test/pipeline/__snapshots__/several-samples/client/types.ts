/* Generated from the Door Co OpenAPI spec (version 1.0.0): do not edit by hand. */

export interface paths {
    "/locks/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a Lock
         * @description Returns a specified lock, by ID or by name.
         */
        post: operations["locks.get"];
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
        lock: {
            /**
             * Format: uuid
             * @description ID of the lock.
             */
            lock_id: string;
            locked?: boolean;
            /** @description Name of the lock. */
            name: string;
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
    "locks.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description ID of the lock to get.
                     */
                    lock_id?: string;
                    /** @description Name of the lock to get. */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lock: components["schemas"]["lock"];
                        ok: boolean;
                    };
                };
            };
        };
    };
}

export type Lock = components["schemas"]["lock"];
