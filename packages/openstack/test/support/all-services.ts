// Every OpenStack service package in this type-check, so `cloud.<service>` is typed throughout these
// tests: a cloud's clients are typed from the service packages of the program (users get the ones they import).
import type {} from '@stratus/openstack-baremetal';
import type {} from '@stratus/openstack-block-storage';
import type {} from '@stratus/openstack-compute';
import type {} from '@stratus/openstack-container-infra';
import type {} from '@stratus/openstack-dns';
import type {} from '@stratus/openstack-identity';
import type {} from '@stratus/openstack-image';
import type {} from '@stratus/openstack-iot';
import type {} from '@stratus/openstack-load-balancer';
import type {} from '@stratus/openstack-network';
import type {} from '@stratus/openstack-object-store';
import type {} from '@stratus/openstack-placement';
import type {} from '@stratus/openstack-shared-file-system';
