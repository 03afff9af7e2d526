import { ApiError, BadRequestError, ConflictError, ForbiddenError as CoreForbiddenError, NotFoundError } from '@stratus/core';
import { ovhErrorClass } from './ovh-error-class.js';
import type { OvhErrorFields } from './ovh-error-fields.js';

// The one table of python-ovh's exception classes: each row is the class's doc, name, the core class it
// also is, and the responses it stands for (python-ovh Client.call: 403 refined by errorCode, other
// statuses directly); the three refusals of the keys are also core's AuthenticationError. The OVH fields
// come from interface merging. Only the rows are exported here: createOvhApiError picks a class by
// reading every export of this module.

export interface NotGrantedCallError extends OvhErrorFields {}
/** 403 `NOT_GRANTED_CALL`: the consumer key's access rules do not cover this call. */
export class NotGrantedCallError extends ovhErrorClass('NotGrantedCallError', CoreForbiddenError, { status: 403, errorCode: 'NOT_GRANTED_CALL' }) {}

export interface NotCredentialError extends OvhErrorFields {}
/** 403 `NOT_CREDENTIAL`: the consumer key does not exist (or was never validated). */
export class NotCredentialError extends ovhErrorClass('NotCredentialError', CoreForbiddenError, { status: 403, errorCode: 'NOT_CREDENTIAL' }, { authenticationFailure: true }) {}

export interface InvalidKeyError extends OvhErrorFields {}
/**
 * 403 `INVALID_KEY`: unknown application key. Also thrown before sending (status 0) when a signed call
 * is made without an application secret or consumer key — like python-ovh, minus the echoed value.
 */
export class InvalidKeyError extends ovhErrorClass('InvalidKeyError', CoreForbiddenError, { status: 403, errorCode: 'INVALID_KEY' }, { authenticationFailure: true }) {}

export interface InvalidCredentialError extends OvhErrorFields {}
/** 403 `INVALID_CREDENTIAL`: the consumer key is invalid, expired or revoked. */
export class InvalidCredentialError extends ovhErrorClass('InvalidCredentialError', CoreForbiddenError, { status: 403, errorCode: 'INVALID_CREDENTIAL' }, { authenticationFailure: true }) {}

export interface ResourceNotFoundError extends OvhErrorFields {}
/** 404. Also a core NotFoundError. */
export class ResourceNotFoundError extends ovhErrorClass('ResourceNotFoundError', NotFoundError, { status: 404 }) {}

export interface BadParametersError extends OvhErrorFields {}
/** 400. Also a core BadRequestError. */
export class BadParametersError extends ovhErrorClass('BadParametersError', BadRequestError, { status: 400 }) {}

export interface ResourceConflictError extends OvhErrorFields {}
/** 409. Also a core ConflictError. */
export class ResourceConflictError extends ovhErrorClass('ResourceConflictError', ConflictError, { status: 409 }) {}

export interface ResourceExpiredError extends OvhErrorFields {}
/** 460: the service has expired (OVH-specific status, no core equivalent). */
export class ResourceExpiredError extends ovhErrorClass('ResourceExpiredError', ApiError, { status: 460 }) {}
